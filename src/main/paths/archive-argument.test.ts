import { describe, expect, it } from 'vitest';
import { archiveArgument } from './archive-argument';

describe('a .thuky archive given to the app', () => {
  it('is found among the arguments Windows passes on a double-click, whatever the case', () => {
    expect(archiveArgument(['C:\\Programs\\Thu ky\\ThuKy.exe', 'D:\\Chuyển máy\\Kho văn bản.THUKY'])).toBe('D:\\Chuyển máy\\Kho văn bản.THUKY');
    expect(archiveArgument(['/opt/thuky/thuky', '--no-sandbox', '/home/vanthu/kho.thuky'])).toBe('/home/vanthu/kho.thuky');
  });

  it('is absent when the app is simply started, and switches are never taken for files', () => {
    expect(archiveArgument(['ThuKy.exe'])).toBeUndefined();
    expect(archiveArgument(['electron', '/src/thuky', '--flag=x.thuky'])).toBeUndefined();
  });
});
