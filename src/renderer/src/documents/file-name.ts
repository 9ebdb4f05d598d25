/** Download names for exports (shared with main, which names the files it saves the same way). */
export { fileNameFromTitle } from '../../../shared/text/file-name';
