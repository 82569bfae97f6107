// Reading what another Carnet shows: through the camera, from a photo of the code, or from
// text pasted from a message. A locked code asks for its six digits. Whatever is wrong is said
// in the reader's language, and nothing is kept until the screen using this decides to.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked, open, openProfile, type OpenError } from '../../domain/handover';
import type { Profile } from '../../domain/profile';
import { Button } from '../../ui/button';
import { Field } from '../../ui/field';
import { canvasFromFile, readQr } from './qr-reader';

export type ReceiveError = OpenError | 'not-a-profile' | 'invalid-profile' | 'no-qr';

export interface QrReceiverProps {
  onProfile: (profile: Profile) => void;
  /** Help points are welcome here (the help screen) or not (a volunteer's session). */
  onHelpPoint?: (value: unknown) => void;
}

function Camera({ onText, onError }: { onText: (text: string) => void; onError: () => void }) {
  const { t } = useTranslation('handover');
  const video = useRef<HTMLVideoElement>(null);
  // The latest callbacks, without restarting the camera each time the parent renders.
  const callbacks = useRef({ onText, onError });
  useEffect(() => {
    callbacks.current = { onText, onError };
  });
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(() => {
          const frame = video.current;
          if (!frame || frame.videoWidth === 0) return;
          canvas.width = frame.videoWidth;
          canvas.height = frame.videoHeight;
          canvas.getContext('2d', { willReadFrequently: true })?.drawImage(frame, 0, 0);
          void readQr(canvas).then((text) => {
            if (text && !stopped) {
              stopped = true;
              callbacks.current.onText(text);
            }
          });
        }, 400);
      })
      .catch(() => callbacks.current.onError());
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return <video ref={video} className="camera" muted playsInline aria-label={t('receive.cameraLabel')} />;
}

export function QrReceiver({ onProfile, onHelpPoint }: QrReceiverProps) {
  const { t } = useTranslation('handover');
  const [camera, setCamera] = useState(false);
  const [cameraDenied, setCameraDenied] = useState(false);
  const [pasted, setPasted] = useState('');
  const [locked, setLocked] = useState<string>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ReceiveError>();
  const [busy, setBusy] = useState(false);

  const handle = async (text: string, withCode?: string) => {
    setCamera(false);
    setError(undefined);
    if (isLocked(text) && withCode === undefined) {
      setLocked(text);
      return;
    }
    setBusy(true);
    const opened = await open(text, withCode);
    if (!opened.ok) {
      setBusy(false);
      return setError(opened.error);
    }
    if (opened.kind === 'help-point' && onHelpPoint) {
      setBusy(false);
      return onHelpPoint(opened.value);
    }
    const profile = await openProfile(text, withCode);
    setBusy(false);
    if (!profile.ok) return setError(profile.error);
    setLocked(undefined);
    onProfile(profile.profile);
  };

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    // A shared ".carnet" file holds the same text as the QR code; a photo holds the code.
    if (!file.type.startsWith('image/')) return handle(await file.text());
    const text = await readQr(await canvasFromFile(file)).catch(() => undefined);
    if (text) await handle(text);
    else setError('no-qr');
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (locked) void handle(locked, code.replace(/\s/g, ''));
  };

  if (locked) {
    return (
      <form onSubmit={submitCode}>
        <Field
          label={t('receive.codeLabel')}
          hint={t('receive.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={error ? t(`receive.error.${error}`) : undefined}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t('receive.opening') : t('receive.open')}
        </Button>
      </form>
    );
  }

  return (
    <div className="qr-receiver">
      {error && (
        <p role="alert" className="field__error">
          {t(`receive.error.${error}`)}
        </p>
      )}
      {camera ? (
        <>
          <Camera
            onText={(text) => void handle(text)}
            onError={() => {
              setCamera(false);
              setCameraDenied(true);
            }}
          />
          <Button variant="secondary" onClick={() => setCamera(false)}>
            {t('receive.stopCamera')}
          </Button>
        </>
      ) : (
        'mediaDevices' in navigator && <Button onClick={() => setCamera(true)}>{t('receive.camera')}</Button>
      )}
      {cameraDenied && <p className="muted">{t('receive.cameraDenied')}</p>}
      <div className="field file-button">
        {/* The input keeps the keyboard focus; the label, drawn as a button, shows it. */}
        <input id="qr-photo" className="visually-hidden" type="file" accept="image/*,.carnet,text/plain" onChange={(event) => void fromFile(event.target.files?.[0])} />
        <label htmlFor="qr-photo" className="button button--secondary">
          {t('receive.photo')}
        </label>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void handle(pasted);
        }}
      >
        <div className="field">
          <label htmlFor="qr-text">{t('receive.paste')}</label>
          <textarea id="qr-text" rows={3} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        </div>
        <Button type="submit" variant="secondary" disabled={busy || pasted.trim() === ''}>
          {t('receive.read')}
        </Button>
      </form>
    </div>
  );
}
