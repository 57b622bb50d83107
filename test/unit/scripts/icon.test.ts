import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';

describe('the listing icon (npm run icon renders media/icon.svg)', () => {
  it('package.json names a 128 × 128 PNG', () => {
    const { icon } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(icon, 'media/icon.png');
    const png = readFileSync(icon);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // IHDR, the first chunk: width and height as big-endian 32-bit numbers.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });
});
