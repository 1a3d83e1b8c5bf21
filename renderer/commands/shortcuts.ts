/**
 * Keyboard shortcuts the UI binds itself when the host has no native menu doing it
 * (the browser): Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Ctrl/Cmd+S save,
 * Ctrl/Cmd+Shift+S save as, Ctrl/Cmd+O open. Undo/redo leave plain text fields (a
 * scenario's name being typed) to the browser's own undo.
 */
export type ShortcutCommand = 'undo' | 'redo' | 'save' | 'save-as' | 'open';

function isPlainTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    // Numeric fields (role spinbutton) commit on each key: the store's undo is theirs.
    return target.getAttribute('role') !== 'spinbutton' && ['text', 'search', 'email', 'url', ''].includes(target.type);
  }
  return target.isContentEditable;
}

export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>): ShortcutCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z' || key === 'y') {
    if (isPlainTextField(e.target)) return null;
    if (key === 'y') return e.shiftKey ? null : 'redo';
    return e.shiftKey ? 'redo' : 'undo';
  }
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !e.shiftKey) return 'open';
  return null;
}
