import { useState } from 'react';
import { FileTextOutlined, InboxOutlined, ScanOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Spin, Tabs, Typography, Upload } from 'antd';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import type { PlanSource } from '../api/parse-plan.ts';
import { importText } from '../messages.ts';

const ACCEPTED = ['.docx', '.md', '.txt'];
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface PlanSourceStepProps {
  isParsing: boolean;
  onAnalyze: (source: PlanSource) => void;
}

/** Step 1: the plan's text, pasted or as a file. */
export function PlanSourceStep({ isParsing, onAnalyze }: PlanSourceStepProps) {
  const t = useT();
  const { message } = App.useApp();
  const [mode, setMode] = useState<'paste' | 'upload'>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [isMissing, setIsMissing] = useState(false);

  const handleAnalyze = () => {
    if (mode === 'paste' && text.trim()) return onAnalyze({ text });
    if (mode === 'upload' && file) return onAnalyze({ file });
    setIsMissing(true);
  };

  const acceptFile = (candidate: File) => {
    const name = candidate.name.toLowerCase();
    if (!ACCEPTED.some((extension) => name.endsWith(extension))) {
      message.error(t(importText.uploadWrongType));
      return Upload.LIST_IGNORE;
    }
    if (candidate.size > MAX_FILE_BYTES) {
      message.error(t(importText.uploadTooLarge));
      return Upload.LIST_IGNORE;
    }
    setFile(candidate);
    setIsMissing(false);
    // Held here and sent with "Phân tích", not uploaded at once.
    return false;
  };

  const pasteTab = (
    <Form layout="vertical" component="div">
      <Form.Item
        label={t(importText.textLabel)}
        htmlFor="plan-source-text"
        validateStatus={isMissing ? 'error' : undefined}
        help={isMissing ? t(importText.textRequired) : undefined}
        extra={text ? t(importText.characters, { count: formatNumber(text.length) }) : undefined}
        style={{ marginBottom: 0 }}
      >
        <Input.TextArea
          id="plan-source-text"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setIsMissing(false);
          }}
          placeholder={t(importText.textPlaceholder)}
          autoSize={{ minRows: 16, maxRows: 28 }}
          className="plan-import__textarea"
          spellCheck={false}
        />
      </Form.Item>
    </Form>
  );

  const uploadTab = (
    <Flex vertical gap={8}>
      <Upload.Dragger
        accept={ACCEPTED.join(',')}
        multiple={false}
        maxCount={1}
        beforeUpload={acceptFile}
        fileList={file ? [{ uid: 'plan-file', name: file.name, status: 'done', size: file.size }] : []}
        onRemove={() => setFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t(importText.uploadTitle)}</p>
        <p className="ant-upload-hint">{t(importText.uploadHint)}</p>
      </Upload.Dragger>
      {isMissing ? <Typography.Text type="danger">{t(importText.fileRequired)}</Typography.Text> : null}
    </Flex>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card title={t(mode === 'paste' ? importText.pasteTitle : importText.uploadCardTitle)}>
          <Spin spinning={isParsing} description={t(importText.analyzing)} size="large">
            <Tabs
              activeKey={mode}
              onChange={(key) => {
                setMode(key === 'upload' ? 'upload' : 'paste');
                setIsMissing(false);
              }}
              items={[
                {
                  key: 'paste',
                  label: t(importText.pasteTab),
                  icon: <FileTextOutlined />,
                  children: pasteTab,
                },
                {
                  key: 'upload',
                  label: t(importText.uploadTab),
                  icon: <InboxOutlined />,
                  children: uploadTab,
                },
              ]}
            />
            <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 16 }}>
              {isParsing ? (
                <Typography.Text type="secondary">{t(importText.analyzingHint)}</Typography.Text>
              ) : null}
              <Button
                type="primary"
                size="large"
                icon={<ScanOutlined />}
                loading={isParsing}
                onClick={handleAnalyze}
              >
                {t(importText.analyze)}
              </Button>
            </Flex>
          </Spin>
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <Card title={t(importText.tips)} size="small">
          <ul className="plan-import__tips">
            <li>{t(importText.tip1)}</li>
            <li>{t(importText.tip2)}</li>
            <li>{t(importText.tip3)}</li>
          </ul>
        </Card>
      </Col>
    </Row>
  );
}
