// Serves a built copy of the app with `vite preview` on 127.0.0.1, as a host would.
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveBuild(outDir: string, port: number): Promise<AppServer> {
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}
