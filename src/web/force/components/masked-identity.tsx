import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import type { RevealedMember } from '../api/reveal-member.ts';
import { membersText } from '../member-messages.ts';

interface MaskedIdentityProps {
  name: string;
  masked: string;
  /** The whole number, while revealed. */
  whole: string | undefined | null;
  isPending: boolean;
  /** Only the CCCD cell carries the button: one reveal shows the CCCD and phone together. */
  canReveal: boolean;
  onReveal: () => void;
  onHide: () => void;
}

/** A masked number ("0190******12") and the "Hiện" button that shows it whole for a while. */
export function MaskedIdentity(props: MaskedIdentityProps) {
  const t = useT();
  const isRevealed = props.whole !== undefined && props.whole !== null;
  return (
    <Flex gap={4} align="center" wrap={false}>
      <Typography.Text
        code
        copyable={isRevealed ? { text: props.whole ?? '' } : false}
        style={isRevealed ? { color: '#0958d9' } : undefined}
      >
        {isRevealed ? props.whole : props.masked}
      </Typography.Text>
      {props.canReveal ? (
        isRevealed ? (
          <Tooltip title={t(membersText.hide)}>
            <Button
              size="small"
              type="text"
              icon={<EyeInvisibleOutlined />}
              onClick={props.onHide}
              aria-label={t(membersText.hide)}
            />
          </Tooltip>
        ) : (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            loading={props.isPending}
            aria-label={t(membersText.revealLabel, { name: props.name })}
            onClick={props.onReveal}
            style={{ paddingInline: 4 }}
          >
            {t(membersText.reveal)}
          </Button>
        )
      ) : null}
    </Flex>
  );
}

export type { RevealedMember };
