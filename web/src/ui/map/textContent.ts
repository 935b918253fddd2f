/**
 * Leaflet puts string content of tooltips, popups and divIcons in as HTML. Text from users
 * (object names, titles) goes in as an element whose text is set with textContent instead,
 * so markup in it is shown, never run.
 */
export function textElement(text: string, tagName: 'span' | 'div' = 'span', className?: string): HTMLElement {
  const element = document.createElement(tagName);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
