/** The statistics grid's look, the same for every table of the editor. */
import { GlobalStyles } from '@mui/material';
import { TABLE_SHAPES } from '../../../shared/layout';

// One stylesheet for every grid, inserted once: an sx on the table would be serialised and hashed again on every
// keystroke, since the table re-renders with each value typed.
export const gridStyles = (
  <GlobalStyles
    styles={{
      '.edit-grid': { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: 14, background: '#fff' },
      '.edit-grid.t3': { fontSize: 13 },
      '.edit-grid td': { border: '1px solid #777', padding: '2px 4px', textAlign: 'center', verticalAlign: 'middle' },
      // Stuck at the scroll area's edge, over its padding, so no row shows above the headers.
      '.edit-grid thead': { position: 'sticky', top: 'calc(-1 * var(--scroll-pad, 0px))', zIndex: 2, boxShadow: '0 1px 0 #777' },
      '.edit-grid td.label, .edit-grid td.heading': { textAlign: 'left' },
      '.edit-grid td.heading': { background: '#f3efe6', fontWeight: 600 },
      '.edit-grid td.header, .edit-grid td.note': { background: '#faf8f3' },
      '.edit-grid .note': { fontFamily: '"KaiTi", "楷体", "AR PL UKai CN", serif', color: '#444' },
      '.edit-grid td.vertical': { width: TABLE_SHAPES.t3.editor.labels[0] },
      '.edit-grid .vt': { writingMode: 'vertical-rl', textOrientation: 'upright', letterSpacing: '0.1em' },
      '.edit-grid td.value': { padding: 0, background: '#fff' },
      '.edit-grid input.cell': {
        width: '100%',
        boxSizing: 'border-box',
        border: '2px solid transparent',
        padding: '4px 2px',
        font: 'inherit',
        textAlign: 'center',
        background: 'transparent',
        outline: 'none',
      },
      '.edit-grid input.cell:focus': { background: '#fff8e1', boxShadow: 'inset 0 0 0 1px #9b1c1c' },
      '.edit-grid input.blank': { background: 'repeating-linear-gradient(45deg, #fff, #fff 4px, #fbf4e4 4px, #fbf4e4 8px)' },
      '.edit-grid input.cell::placeholder': { color: '#b9a77d', fontSize: 11 },
      '.edit-grid input[aria-invalid="true"]': { background: '#ffebee' },
    }}
  />
);
