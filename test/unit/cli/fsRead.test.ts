/** readBounded: never more than the cap + 1 bytes, whatever the file says about its size. */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readBounded } from '../../../src/cli/fsRead';
import { tempWorkspace } from './cliRun';

describe('readBounded', () => {
  it('reads a small file whole, and only cap + 1 bytes of a larger one, with its real size', () => {
    const dir = tempWorkspace();
    writeFileSync(path.join(dir, 'small'), 'hello');
    writeFileSync(path.join(dir, 'large'), Buffer.alloc(100_000, 0x61));
    const small = readBounded(path.join(dir, 'small'), 10);
    assert.ok('bytes' in small);
    assert.equal(Buffer.from(small.bytes).toString(), 'hello');
    const large = readBounded(path.join(dir, 'large'), 1000);
    assert.ok('bytes' in large);
    assert.deepEqual([large.bytes.length, large.size], [1001, 100_000]);
  });

  it('a file that reports a size of 0 but has content (/proc) is read to its end, within the cap', () => {
    const status = readBounded('/proc/self/status', 1024 * 1024);
    assert.ok('bytes' in status && status.bytes.length > 0 && Buffer.from(status.bytes).toString().startsWith('Name:'));
    const capped = readBounded('/proc/self/status', 16);
    assert.ok('bytes' in capped && capped.bytes.length === 17);
  });

  it('a folder or a device is not read', () => {
    assert.deepEqual(readBounded('/dev/null', 10), { notRegular: 'a character device' });
    assert.deepEqual(readBounded(tempWorkspace(), 10), { notRegular: 'a folder' });
  });
});
