import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list. */
export function Facts({ items, cols = 2 }: { items: readonly Fact[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={cols} spacing="xs" verticalSpacing={4} m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value === '' || item.value === null ? '—' : item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
