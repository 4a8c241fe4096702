/** A calm, official look: dark red accents on paper tones, system Chinese UI fonts, MUI in Simplified Chinese. */
import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#9b1c1c' },
      secondary: { main: '#37474f' },
      background: { default: '#f5f5f2', paper: '#ffffff' },
    },
    typography: {
      fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
      fontSize: 14,
    },
    shape: { borderRadius: 4 },
    components: {
      // Labels as written ("导出 Word"), not in MUI's default capitals ("导出 WORD").
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    },
  },
  zhCN,
);
