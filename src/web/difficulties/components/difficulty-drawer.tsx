import { useState } from 'react';
import { CheckCircleOutlined, FileTextOutlined, RedoOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Timeline,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import {
  DIFFICULTY_ACTION_LABELS,
  type DifficultyDetail,
} from '../../../domain/difficulties/difficulties.schemas.ts';
import { DifficultyStateTag } from '../../components/difficulty-state-tag.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDifficulty } from '../api/get-difficulty.ts';
import { type DifficultyActionInput, useDifficultyAction } from '../api/difficulty-actions.ts';
import { difficultiesText } from '../messages.ts';

/** "dd/mm/yyyy HH:mm" */
const minute = (value: string) => formatDateTime(value).slice(0, 16);

interface DifficultyDrawerProps {
  id: string | undefined;
  onClose: () => void;
}

export function DifficultyDrawer({ id, onClose }: DifficultyDrawerProps) {
  const t = useT();
  const query = useDifficulty(id);
  return (
    <Drawer
      title={t(difficultiesText.drawerTitle)}
      open={Boolean(id)}
      onClose={onClose}
      size={640}
      destroyOnHidden
      extra={query.data ? <DifficultyStateTag state={query.data.state} /> : null}
    >
      {query.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {query.isError ? (
        <Result
          status={isApiError(query.error) && query.error.status === 404 ? '404' : 'error'}
          title={query.error.message}
        />
      ) : null}
      {query.data ? (
        <DifficultyView
          key={`${query.data.id}:${query.data.version}`}
          difficulty={query.data}
          onReload={() => void query.refetch()}
        />
      ) : null}
    </Drawer>
  );
}

type NoteAction = 'close' | 'reopen';

function DifficultyView({ difficulty, onReload }: { difficulty: DifficultyDetail; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [answerForm] = Form.useForm<{ answer: string }>();
  const [noteAction, setNoteAction] = useState<NoteAction | null>(null);
  // An answered item shows its answer; the form for a new one opens on demand.
  const [isAnswering, setIsAnswering] = useState(difficulty.answer === null);
  const [note, setNote] = useState('');
  const mutation = useDifficultyAction();

  const run = (input: DifficultyActionInput, done: string) =>
    mutation
      .mutateAsync(input)
      .then(() => {
        message.success(done);
        setNoteAction(null);
      })
      .catch((error: unknown) => {
        // A stale version: someone else answered or closed it meanwhile; show theirs.
        if (isApiError(error) && (error.status === 409 || error.status === 422)) {
          message.error(error.status === 409 ? t(difficultiesText.conflictReloaded) : error.detail);
          setNoteAction(null);
          onReload();
          return;
        }
        handleApiError(error, answerForm);
      });

  const handleAnswer = ({ answer }: { answer: string }) =>
    run(
      { action: 'answer', id: difficulty.id, version: difficulty.version, answer: answer.trim() },
      t(difficultiesText.answered, { unit: difficulty.unit.name }),
    );

  const handleNote = () => {
    if (!noteAction) return;
    void run(
      { action: noteAction, id: difficulty.id, version: difficulty.version, note: note.trim() || undefined },
      t(noteAction === 'close' ? difficultiesText.closed : difficultiesText.reopened),
    );
  };

  const canAct = difficulty.canAnswer || difficulty.canClose || difficulty.canReopen;

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 150 } }}
        items={[
          { key: 'unit', label: t(difficultiesText.unit), children: difficulty.unit.name },
          {
            key: 'task',
            label: t(difficultiesText.task),
            children: (
              <span>
                <Typography.Text strong>{difficulty.task.code}</Typography.Text> {difficulty.task.title}
              </span>
            ),
          },
          {
            key: 'plan',
            label: t(difficultiesText.plan),
            children: difficulty.plan.number
              ? `${difficulty.plan.number} — ${difficulty.plan.title}`
              : difficulty.plan.title,
          },
          {
            key: 'period',
            label: t(difficultiesText.period),
            children: (
              <Flex gap={8} wrap align="center">
                <span>
                  {difficulty.period.label} · {t(difficultiesText.dueDate)}{' '}
                  {formatDate(difficulty.period.dueDate)}
                </span>
                <Link to={`/reports/${difficulty.period.id}`}>
                  <FileTextOutlined /> {t(difficultiesText.openReport)}
                </Link>
              </Flex>
            ),
          },
          { key: 'raised', label: t(difficultiesText.raisedAt), children: minute(difficulty.raisedAt) },
        ]}
      />
      <div>
        <Typography.Title level={5}>{t(difficultiesText.difficulty)}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {difficulty.text}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5}>{t(difficultiesText.answer)}</Typography.Title>
        {difficulty.answer ? (
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {difficulty.answer}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {difficulty.answeredBy?.displayName ?? t(difficultiesText.system)}
              {difficulty.answeredAt ? ` · ${minute(difficulty.answeredAt)}` : ''}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t(difficultiesText.noAnswer)}</Typography.Text>
        )}
      </div>
      {difficulty.state === 'closed' && difficulty.closedAt ? (
        <Alert
          type="success"
          showIcon
          title={`${t(difficultiesText.closedBy)}: ${difficulty.closedBy?.displayName ?? t(difficultiesText.system)} · ${minute(difficulty.closedAt)}`}
          description={difficulty.closeNote ?? undefined}
        />
      ) : null}
      {difficulty.canAnswer && isAnswering ? (
        <Form<{ answer: string }>
          form={answerForm}
          layout="vertical"
          onFinish={handleAnswer}
          initialValues={{ answer: '' }}
        >
          <Form.Item
            name="answer"
            label={t(difficulty.answer ? difficultiesText.reanswerAction : difficultiesText.answerAction)}
            rules={[{ required: true, whitespace: true, message: t(difficultiesText.answerRequired) }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={10_000}
              showCount
              placeholder={t(difficultiesText.answerPlaceholder)}
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={mutation.isPending && mutation.variables?.action === 'answer'}
          >
            {t(difficulty.answer ? difficultiesText.reanswerAction : difficultiesText.answerAction)}
          </Button>
        </Form>
      ) : null}
      {difficulty.canClose || difficulty.canReopen || (difficulty.canAnswer && !isAnswering) ? (
        <Flex gap={8} wrap>
          {difficulty.canAnswer && !isAnswering ? (
            <Button icon={<SendOutlined />} onClick={() => setIsAnswering(true)}>
              {t(difficultiesText.reanswerAction)}
            </Button>
          ) : null}
          {difficulty.canClose ? (
            <Button icon={<CheckCircleOutlined />} onClick={() => setNoteAction('close')}>
              {t(difficultiesText.closeAction)}
            </Button>
          ) : null}
          {difficulty.canReopen ? (
            <Button icon={<RedoOutlined />} onClick={() => setNoteAction('reopen')}>
              {t(difficultiesText.reopenAction)}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {!canAct ? <Alert type="info" showIcon title={t(difficultiesText.readOnly)} /> : null}
      <Divider style={{ margin: 0 }} />
      <div>
        <Typography.Title level={5}>{t(difficultiesText.history)}</Typography.Title>
        <Timeline
          items={[
            {
              key: 'raise',
              color: 'orange',
              content: (
                <>
                  <Typography.Text strong>{t(DIFFICULTY_ACTION_LABELS.raise)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {difficulty.unit.name} · {minute(difficulty.raisedAt)}
                  </Typography.Text>
                </>
              ),
            },
            ...difficulty.history.map((event, index) => ({
              key: `${event.at}-${index}`,
              color: event.action === 'answer' ? 'blue' : event.action === 'close' ? 'green' : 'orange',
              content: (
                <>
                  <Typography.Text strong>{t(DIFFICULTY_ACTION_LABELS[event.action])}</Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {event.user?.displayName ?? t(difficultiesText.system)} · {minute(event.at)}
                  </Typography.Text>
                  {event.note ? (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                      {event.note}
                    </Typography.Paragraph>
                  ) : null}
                </>
              ),
            })),
          ]}
        />
      </div>
      <Modal
        open={noteAction !== null}
        title={t(noteAction === 'reopen' ? difficultiesText.reopenTitle : difficultiesText.closeTitle)}
        okText={t(noteAction === 'reopen' ? difficultiesText.reopenAction : difficultiesText.closeAction)}
        cancelText={t(common.cancel)}
        confirmLoading={mutation.isPending}
        onOk={handleNote}
        onCancel={() => setNoteAction(null)}
        afterClose={() => setNote('')}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t(noteAction === 'reopen' ? difficultiesText.reopenHint : difficultiesText.closeHint)}
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={5000}
          aria-label={t(difficultiesText.notePlaceholder)}
          placeholder={t(difficultiesText.notePlaceholder)}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Modal>
    </Flex>
  );
}
