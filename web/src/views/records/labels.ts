/**
 * A money field's label as shown: the API counts fen but people read and type yuan, so
 * the registry's "(fen)" gives way to "(yuan)" / "（元）".
 */
export function moneyLabel(label: string, money: boolean, en: boolean): string {
  if (!money) return label;
  const bare = label.replace(/\s*[(（]\s*(fen|分)\s*[)）]/gi, "");
  return bare + (en ? " (yuan)" : "（元）");
}
