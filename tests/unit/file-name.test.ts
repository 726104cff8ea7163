import { describe, expect, it } from 'vitest';
import { fileName } from '@/lib/text/file-name';

describe('fileName', () => {
  it('keeps only the name of a file stored with its folders, for either separator', () => {
    expect(fileName('/home/me/corpus/harbour.txt')).toBe('harbour.txt');
    expect(fileName('../shared/data/harbour.json')).toBe('harbour.json');
    expect(fileName('C:\\Users\\me\\corpus\\harbour.txt')).toBe('harbour.txt');
    expect(fileName('corpus\\sub/harbour.txt')).toBe('harbour.txt');
    expect(fileName('harbour.txt')).toBe('harbour.txt');
  });

  it('keeps a stored name that ends in a separator rather than showing nothing', () => {
    expect(fileName('feeds/')).toBe('feeds/');
  });
});
