/** One indicator across the folder: a box (quartiles) with the median, and a dot per report, as inline SVG. */
import { Box, Typography } from '@mui/material';
import { formatIndicator, spread, type IndicatorDef } from '../../../shared/review';

const W = 220;
const H = 44;

export function IndicatorChart({ def, values }: { def: IndicatorDef; values: readonly (number | null)[] }) {
  const s = spread(values);
  const x = (v: number) => (s && s.max > s.min ? 10 + ((v - s.min) / (s.max - s.min)) * (W - 20) : W / 2);
  return (
    <Box component="figure" sx={{ m: 0, p: 1.5, border: '1px solid #ddd', borderRadius: 1, minWidth: 240 }} aria-label={`${def.label}分布`}>
      <Typography variant="subtitle2" component="figcaption" title={def.note}>
        {def.label}
      </Typography>
      {s ? (
        <>
          <svg
            width={W}
            height={H}
            role="img"
            aria-label={`${def.label}：中位数 ${formatIndicator(def, s.median)}，四分位 ${formatIndicator(def, s.q1)}–${formatIndicator(def, s.q3)}`}
          >
            <line x1={x(s.min)} x2={x(s.max)} y1={16} y2={16} stroke="#999" />
            <rect x={x(s.q1)} y={8} width={Math.max(1, x(s.q3) - x(s.q1))} height={16} fill="#f3d6d6" stroke="#9b1c1c" />
            <line x1={x(s.median)} x2={x(s.median)} y1={6} y2={26} stroke="#9b1c1c" strokeWidth={2} />
            {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(v)} cy={36} r={2.5} fill="#555" fillOpacity={0.6} />))}
          </svg>
          <Typography variant="caption" component="div">
            中位数 {formatIndicator(def, s.median)}，四分位 {formatIndicator(def, s.q1)}–{formatIndicator(def, s.q3)}（{s.count} 份）
          </Typography>
        </>
      ) : (
        <Typography variant="caption">没有可计算的报告</Typography>
      )}
    </Box>
  );
}
