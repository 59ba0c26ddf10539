// The dropped-file path getter of shared/contract/dropped-files, over Electron's webUtils.getPathForFile (passed in,
// so tests need no Electron). A failure or a non-file gives '' rather than an exception in the page.
import type { DroppedFiles } from '../../shared/contract/dropped-files';

export function createDroppedFiles(getPathForFile: (file: never) => string): DroppedFiles {
  return {
    pathOf: (file) => {
      try {
        const found = getPathForFile(file as never);
        return typeof found === 'string' ? found : '';
      } catch {
        return '';
      }
    },
  };
}
