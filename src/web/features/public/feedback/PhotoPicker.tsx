import { Button, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { shrinkPhoto } from './shrink-photo.ts';

/** The server's limits (feedback-text.ts): at most 3 photos, each ≤ 5 MB, JPEG, PNG or WebP. */
export const PHOTO_MAX_COUNT = 3;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface Photo {
  file: File;
  /** An object URL for the preview (revoked when the photo is removed). */
  url: string;
}

/**
 * Up to three photos, each shown as a preview with a button that removes it. A large photo (a
 * phone's 6 MB picture) is made smaller here first (shrink-photo.ts); files of another type, or
 * still over 5 MB, are refused here, by name, before anything is sent (the server checks again
 * by the bytes). `onBusyChange` tells the form while photos are being made smaller.
 */
export function PhotoPicker({
  photos,
  onChange,
  disabled,
  error,
  onBusyChange,
}: {
  photos: Photo[];
  onChange: (photos: Photo[]) => void;
  disabled?: boolean;
  error?: string | undefined;
  onBusyChange?: (busy: boolean) => void;
}) {
  const { t, number } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [shrinking, setShrinking] = useState(false);
  const ids = { input: useId(), hint: useId(), error: useId() };
  // The latest list, for revoking every preview when the form goes away.
  const latest = useRef(photos);
  latest.current = photos;
  useEffect(
    () => () => {
      for (const p of latest.current) URL.revokeObjectURL(p.url);
    },
    [],
  );

  const add = async (files: File[]) => {
    // The same file can be chosen again after it was removed.
    if (inputRef.current) inputRef.current.value = '';
    const next = [...photos];
    const problems: string[] = [];
    const shrunk: string[] = [];
    setShrinking(true);
    onBusyChange?.(true);
    try {
      for (const original of files) {
        if (!PHOTO_TYPES.includes(original.type)) {
          problems.push(t('fb.photos.badType', { name: original.name }));
          continue;
        }
        if (next.length >= PHOTO_MAX_COUNT) {
          problems.push(t('fb.photos.tooMany', { name: original.name }));
          continue;
        }
        let file = original;
        try {
          file = await shrinkPhoto(original);
        } catch {
          // Not decodable here: a small file still goes to the server, which decides.
          if (original.size > PHOTO_MAX_BYTES) {
            problems.push(t('fb.photos.unreadable', { name: original.name }));
            continue;
          }
        }
        if (file.size > PHOTO_MAX_BYTES) problems.push(t('fb.photos.tooBig', { name: original.name }));
        else {
          if (file !== original) shrunk.push(t('fb.photos.shrunk', { name: original.name }));
          next.push({ file, url: URL.createObjectURL(file) });
        }
      }
    } finally {
      setShrinking(false);
      onBusyChange?.(false);
    }
    setRefused(problems);
    setNotes(shrunk);
    onChange(next);
  };
  const remove = (index: number) => {
    const photo = photos[index];
    if (photo) URL.revokeObjectURL(photo.url);
    setRefused([]);
    setNotes([]);
    onChange(photos.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };
  const messages = [...refused, ...(error ? [error] : [])];
  const full = photos.length >= PHOTO_MAX_COUNT;

  return (
    <div>
      <Text component="label" htmlFor={ids.input} fw={600} size="md" display="block">
        {t('fb.photos.label')} ({t('common.optional')})
      </Text>
      <Text id={ids.hint} size="sm" mb={6}>
        {t('fb.photos.hint', { count: PHOTO_MAX_COUNT })}
      </Text>
      <input
        ref={inputRef}
        id={ids.input}
        className="file-input"
        type="file"
        name="photos"
        accept={PHOTO_TYPES.join(',')}
        multiple
        disabled={disabled || shrinking}
        aria-describedby={messages.length ? `${ids.hint} ${ids.error}` : ids.hint}
        aria-invalid={messages.length ? true : undefined}
        onChange={(e) => void add(Array.from(e.currentTarget.files ?? []))}
      />
      <Text size="sm" mt={4} role="status">
        {shrinking
          ? t('fb.photos.shrinking')
          : full
            ? t('fb.photos.full', { count: PHOTO_MAX_COUNT })
            : t('fb.photos.chosen', { count: number(photos.length), max: PHOTO_MAX_COUNT })}
      </Text>
      {notes.map((n) => (
        <Text key={n} size="sm" mt={4}>
          {n}
        </Text>
      ))}
      {messages.length ? (
        <div id={ids.error} role="alert">
          {messages.map((m) => (
            <Text key={m} size="sm" c="red.9" fw={600} mt={4}>
              {m}
            </Text>
          ))}
        </div>
      ) : null}
      {photos.length ? (
        <ul className="fb-photos" aria-label={t('fb.photos.previews')}>
          {photos.map((p, i) => (
            <li key={p.url}>
              <img src={p.url} alt={t('fb.photos.alt', { n: i + 1, name: p.file.name })} />
              <Text size="xs" truncate="end" title={p.file.name}>
                {p.file.name} · {number(Math.max(1, Math.round(p.file.size / 1024)))} KB
              </Text>
              <Button
                variant="default"
                size="xs"
                onClick={() => remove(i)}
                disabled={disabled}
                aria-label={t('fb.photos.removeLabel', { n: i + 1, name: p.file.name })}
              >
                {t('fb.photos.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
