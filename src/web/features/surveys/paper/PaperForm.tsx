import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useRef, useState } from 'react';
import { vnDate } from '../../../../lib/time.ts';
import { api } from '../../../api/client.ts';
import type { Answers, EnteredResponse, OfficerResponseBody, SurveyForm } from '../../../api/survey-types.ts';
import { DateField } from '../../../components/DateField.tsx';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { Toast } from '../../../components/Toast.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { flatQuestions } from '../form.ts';
import { PaperRow } from './PaperRow.tsx';

/**
 * Keying in paper forms, keyboard only: a digit picks that option of the focused question and
 * moves to the next; 0 or Backspace clears; ↑ ↓ move; Enter on the last question saves. After a
 * save the form clears for the next sheet and the focus goes back to question 1.
 */
export function PaperForm({ form, unitCode }: { form: SurveyForm; unitCode: string }) {
  const { t } = useI18n();
  const questions = flatQuestions(form);
  const today = vnDate(new Date());
  const [answers, setAnswers] = useState<Answers>({});
  const [submittedAt, setSubmittedAt] = useState(today);
  const [invalid, setInvalid] = useState<{ code: string; key: string } | null>(null);
  const [saved, setSaved] = useState(0);
  const [toast, setToast] = useState('');
  const [empty, setEmpty] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const hideToast = useCallback(() => setToast(''), []);

  const save = useMutation({
    mutationFn: () => {
      // A date being typed (not yet a whole date) counts as today, the field's default.
      const body: OfficerResponseBody = {
        unitCode,
        channel: 'paper',
        answers,
        submittedAt: submittedAt || today,
      };
      return api<EnteredResponse>('/surveys/responses', { method: 'POST', body });
    },
    onSuccess: (entered) => {
      setSaved((n) => n + 1);
      // The sheet's number among the unit's responses in the wave (this session's count as a fallback).
      setToast(t('paper.saved', { number: entered?.unitCount ?? saved + 1 }));
      setAnswers({});
      setInvalid(null);
      inputs.current[0]?.focus();
    },
  });

  const focus = (index: number) =>
    inputs.current[Math.max(0, Math.min(questions.length - 1, index))]?.focus();

  const submit = () => {
    if (Object.keys(answers).length === 0) {
      setEmpty(true);
      focus(0);
      return;
    }
    setEmpty(false);
    if (!save.isPending) save.mutate();
  };

  const setAnswer = (code: string, value: number | undefined) => {
    setEmpty(false);
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[code];
      else next[code] = value;
      return next;
    });
  };

  /** A digit, 0 or a clear key on question `index`; true when handled. */
  const type = (index: number, key: string): boolean => {
    const question = questions[index];
    if (!question) return false;
    if (key === '0' || key === 'Backspace' || key === 'Delete') {
      setInvalid(null);
      setAnswer(question.code, undefined);
      return true;
    }
    if (!/^[1-9]$/.test(key)) return false;
    const option = question.options.find((o) => o.value === Number(key));
    if (!option) {
      setInvalid({ code: question.code, key });
      return true;
    }
    setInvalid(null);
    setAnswer(question.code, option.value);
    if (index < questions.length - 1) focus(index + 1);
    return true;
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (type(index, event.key)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter') {
      if (index === questions.length - 1) submit();
      else focus(index + 1);
    } else if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key.length !== 1) return; // Tab, Home, Unidentified (touch keyboards)… as usual
    event.preventDefault(); // other characters are not answers
  };

  const answered = Object.keys(answers).length;
  return (
    <Stack gap="md">
      <Text size="sm">{t('paper.help')}</Text>
      <Box maw={240}>
        <DateField
          label={t('paper.date')}
          description={t('paper.dateHint')}
          value={submittedAt}
          onChange={setSubmittedAt}
          error={fieldError(save.error, 'submittedAt')}
        />
      </Box>
      <ErrorAlert error={save.error} />
      {empty ? (
        <Alert color="red" variant="light" role="alert">
          {t('paper.empty')}
        </Alert>
      ) : null}
      <div className="paper-rows">
        {questions.map((q, i) => (
          <PaperRow
            key={q.code}
            ref={(el) => {
              inputs.current[i] = el;
            }}
            question={q}
            value={answers[q.code]}
            invalidKey={invalid?.code === q.code ? invalid.key : null}
            onKeyDown={onKeyDown(i)}
            onTyped={(char) => {
              if (char) type(i, char);
            }}
          />
        ))}
      </div>
      <Group justify="space-between">
        <Text size="sm">{t('paper.progress', { answered, total: questions.length, saved })}</Text>
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => {
              setAnswers({});
              setInvalid(null);
              focus(0);
            }}
          >
            {t('paper.clear')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('paper.save')}
          </Button>
        </Group>
      </Group>
      <Toast message={toast} onHide={hideToast} />
    </Stack>
  );
}
