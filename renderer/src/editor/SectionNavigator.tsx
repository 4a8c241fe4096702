/** The parts of the report, each with its count of open errors or warnings; the open one is selected. */
import { memo } from 'react';
import { Badge, Box, List, ListItemButton, ListItemText } from '@mui/material';
import type { EditorSection } from './sections';
import type { Badge as SectionBadge } from './view-model';

interface Props {
  nav: readonly { key: EditorSection; label: string }[];
  section: EditorSection;
  badges: ReadonlyMap<EditorSection, SectionBadge>;
  onSelect(section: EditorSection): void;
}

export const SectionNavigator = memo(function SectionNavigator({ nav, section, badges, onSelect }: Props) {
  return (
    <Box component="nav" aria-label="年报各部分" sx={{ borderRight: '1px solid #ddd', background: '#faf9f6', overflow: 'auto' }}>
      <List dense>
        {nav.map((n) => {
          const b = badges.get(n.key) ?? { errors: 0, warnings: 0 };
          return (
            <ListItemButton key={n.key} selected={section === n.key} onClick={() => onSelect(n.key)}>
              <ListItemText primary={n.label} slotProps={{ primary: { sx: { fontSize: 14 } } }} />
              {b.errors > 0 ? (
                <Badge color="error" badgeContent={b.errors} sx={{ mr: 1 }} aria-label={`${b.errors}项错误`} />
              ) : b.warnings > 0 ? (
                <Badge color="warning" badgeContent={b.warnings} sx={{ mr: 1 }} aria-label={`${b.warnings}项警告`} />
              ) : null}
            </ListItemButton>
          );
        })}
      </List>
    </Box>
  );
});
