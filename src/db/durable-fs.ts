import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite's folder storage with the durability a PostgreSQL server gives (see
 * docs/decisions/0010-durability-and-backups.md). Out of the box PGlite starts with `-F`
 * (fsync=off), its Node file system has no `fsync` operation, and Emscripten's `fdatasync` is a
 * no-op: a committed transaction reached the OS page cache (it survives kill -9) but not the disk
 * (a power cut or kernel crash could lose it). Here:
 * - the Node file system gets a real `fsync` (`fs.fsyncSync` on the file's descriptor);
 * - PostgreSQL runs with fsync on and `wal_sync_method=fsync`, so every commit flushes the WAL to
 *   disk before it returns, and checkpoints flush the data files.
 */
export class DurableNodeFS extends NodeFS {
  /** How many fsyncs reached the disk, for the test that proves commits are flushed. */
  static syncs = 0;

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...(Array.isArray(preRun) ? preRun : [preRun]),
      (mod: { NODEFS: { stream_ops: Record<string, unknown> } }) => {
        mod.NODEFS.stream_ops.fsync = (stream: { nfd?: number }) => {
          if (stream.nfd === undefined) return 0;
          fs.fsyncSync(stream.nfd);
          DurableNodeFS.syncs++;
          return 0;
        };
      },
    ] as typeof preRun;
    return result;
  }
}

/** PGlite's own start parameters without `-F` (fsync off), with a WAL sync method that really syncs. */
export function durableStartParams(): string[] {
  const defaults = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams;
  return [...defaults.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];
}
