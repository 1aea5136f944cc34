import { Text } from '@mantine/core';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { UnitNode } from '../../api/types.ts';
import { ChevronRightIcon, DotIcon } from '../../components/icons.tsx';
import { CodeBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useTypeLabel } from './hooks.ts';

interface Visible {
  node: UnitNode;
  parent: string | null;
}

interface Props {
  units: UnitNode[];
  label: string;
  selected?: string | undefined;
  onOpen: (code: string) => void;
  /** Codes expanded at first: the top levels. */
  expanded: Set<string>;
  onExpandedChange: (next: Set<string>) => void;
}

/**
 * The units tree, following the WAI-ARIA tree view pattern: one tab stop; ↑ ↓ move; → opens or
 * goes to the first child; ← closes or goes to the parent; Home / End; Enter or Space shows the
 * unit's details. Only expanded branches are rendered, so a province of thousands stays fast.
 */
export function UnitTree({ units, label, selected, onOpen, expanded, onExpandedChange }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  const moved = useRef(false);
  const items = useRef(new Map<string, HTMLDivElement>());

  const visible = useMemo(() => {
    const out: Visible[] = [];
    const walk = (nodes: UnitNode[], parent: string | null) => {
      for (const node of nodes) {
        out.push({ node, parent });
        if (expanded.has(node.code)) walk(node.children, node.code);
      }
    };
    walk(units, null);
    return out;
  }, [units, expanded]);

  const current = focused && visible.some((v) => v.node.code === focused) ? focused : visible[0]?.node.code;

  useEffect(() => {
    if (moved.current && current) {
      items.current.get(current)?.focus();
      moved.current = false;
    }
  }, [current]);

  const moveTo = (code: string | undefined) => {
    if (!code) return;
    moved.current = true;
    setFocused(code);
  };

  const toggle = (code: string, open?: boolean) => {
    const next = new Set(expanded);
    if (open ?? !next.has(code)) next.add(code);
    else next.delete(code);
    onExpandedChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = visible.findIndex((v) => v.node.code === current);
    const item = visible[index];
    if (!item) return;
    const { node, parent } = item;
    const hasChildren = node.children.length > 0;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(visible[index + 1]?.node.code);
        break;
      case 'ArrowUp':
        moveTo(visible[index - 1]?.node.code);
        break;
      case 'Home':
        moveTo(visible[0]?.node.code);
        break;
      case 'End':
        moveTo(visible.at(-1)?.node.code);
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded.has(node.code)) toggle(node.code, true);
        else if (hasChildren) moveTo(node.children[0]?.code);
        break;
      case 'ArrowLeft':
        if (hasChildren && expanded.has(node.code)) toggle(node.code, false);
        else if (parent) moveTo(parent);
        break;
      case 'Enter':
      case ' ':
        onOpen(node.code);
        break;
      case '*': {
        const siblings = visible.filter((v) => v.parent === parent).map((v) => v.node);
        const next = new Set(expanded);
        for (const s of siblings) if (s.children.length) next.add(s.code);
        onExpandedChange(next);
        break;
      }
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderNodes = (nodes: UnitNode[], level: number) =>
    nodes.map((node, i) => (
      <TreeItem
        key={node.code}
        node={node}
        level={level}
        position={i + 1}
        setSize={nodes.length}
        isExpanded={expanded.has(node.code)}
        isFocusable={node.code === current}
        isSelected={node.code === selected}
        register={(el) => {
          if (el) items.current.set(node.code, el);
          else items.current.delete(node.code);
        }}
        onFocus={() => setFocused(node.code)}
        onToggle={() => {
          setFocused(node.code);
          toggle(node.code);
        }}
        onOpen={() => {
          setFocused(node.code);
          onOpen(node.code);
        }}
      >
        {expanded.has(node.code) && node.children.length > 0 ? (
          // biome-ignore lint/a11y/useSemanticElements: the WAI-ARIA tree pattern nests role="group"
          <div role="group">{renderNodes(node.children, level + 1)}</div>
        ) : null}
      </TreeItem>
    ));

  return (
    <div className="unit-tree" role="tree" aria-label={label} onKeyDown={onKeyDown}>
      {renderNodes(units, 1)}
    </div>
  );
}

interface ItemProps {
  node: UnitNode;
  level: number;
  position: number;
  setSize: number;
  isExpanded: boolean;
  isFocusable: boolean;
  isSelected: boolean;
  register: (el: HTMLDivElement | null) => void;
  onToggle: () => void;
  onOpen: () => void;
  onFocus: () => void;
  children: React.ReactNode;
}

function TreeItem(props: ItemProps) {
  const { node, level, isExpanded, isFocusable, isSelected } = props;
  const { t, date } = useI18n();
  const typeLabel = useTypeLabel();
  const hasChildren = node.children.length > 0;
  const nameId = `unit-tree-name-${node.code}`;
  const metaId = `unit-tree-meta-${node.code}`;
  return (
    <div
      ref={props.register}
      role="treeitem"
      aria-level={level}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      aria-expanded={hasChildren ? isExpanded : undefined}
      aria-selected={isSelected}
      aria-labelledby={nameId}
      aria-describedby={metaId}
      tabIndex={isFocusable ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocus();
      }}
      className={node.validTo ? 'unit-closed' : undefined}
      data-code={node.code}
    >
      {/* Mouse and touch: the chevron opens the branch, the row shows the details. Keyboard users
          get the same through the tree's keys, so these are not separate tab stops. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard is handled by the tree */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keyboard is handled by the tree */}
      <div className="unit-row" onClick={props.onOpen}>
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard is handled by the tree */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the keyboard is handled by the tree */}
        <span
          className="unit-toggle"
          data-expanded={isExpanded}
          onClick={(event) => {
            event.stopPropagation();
            if (hasChildren) props.onToggle();
            else props.onOpen();
          }}
        >
          {hasChildren ? <ChevronRightIcon /> : <DotIcon />}
        </span>
        <span className="unit-label">
          <span className="unit-name" id={nameId}>
            {node.name}
          </span>
          <span id={metaId} style={{ display: 'contents' }}>
            <CodeBadge>{node.code}</CodeBadge>
            <Text span size="xs" c="dimmed">
              {node.peerGroup === node.type
                ? typeLabel(node.type)
                : t('units.tree.meta', { type: typeLabel(node.type), peer: typeLabel(node.peerGroup) })}
            </Text>
            {node.validTo ? (
              <StatusBadge tone="bad">{t('units.closedOn', { date: date(node.validTo) })}</StatusBadge>
            ) : null}
          </span>
        </span>
      </div>
      {props.children}
    </div>
  );
}
