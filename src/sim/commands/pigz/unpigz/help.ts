// unpigz is pigz under another name (a link in Rocky's pigz package): the same help, which always says "pigz".
export { help, license, version } from '../pigz/help';
