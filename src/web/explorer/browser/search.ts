/** Searching entities by name or alias, and picking one or two of them (a combobox, usable from the keyboard). */
import { byId, element, messageOf } from '../../assets/browser/page';
import { query } from './api';
import { status, type Explorer } from './explorer';
import type { NamedEntity } from './view';
import { showPicked } from './views';

interface Suggestion extends NamedEntity {
  aliases: string[];
}

const SUGGESTION_COUNT = 8;
const TYPING_PAUSE_MS = 150;

/** The search box's suggestions, the highlighted one, and picking. */
class Search {
  private suggestions: Suggestion[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly input = byId<HTMLInputElement>('search-input');
  private readonly list = byId<HTMLUListElement>('suggestions');

  constructor(private readonly explorer: Explorer) {}

  wire(): void {
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.suggest(this.input.value).catch((error) => status(`Search failed: ${messageOf(error)}`)), TYPING_PAUSE_MS);
    });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
  }

  private onKey(event: KeyboardEvent): void {
    const { suggestions } = this;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (suggestions.length === 0) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      this.render();
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.pick(suggestions[this.active]);
    } else if (event.key === 'Escape') {
      this.suggestions = [];
      this.render();
    }
  }

  private async suggest(text: string): Promise<void> {
    if (text.trim().length < 2) {
      this.suggestions = [];
      return this.render();
    }
    const data = await query<{ search: { node: Suggestion }[] }>(`query Suggest($text: String!) { search(text: $text, first: ${SUGGESTION_COUNT}) { node { id name type aliases } } }`, { text });
    this.suggestions = data.search.map((hit) => hit.node);
    this.active = this.suggestions.length > 0 ? 0 : -1;
    this.render();
  }

  private option(hit: Suggestion, index: number): HTMLLIElement {
    const typed = this.input.value.trim().toLowerCase();
    const matchedAlias = hit.aliases.find((alias) => alias.toLowerCase().includes(typed));
    const tag = element('span', { class: 'type-tag', text: `${hit.type}${matchedAlias ? ` · “${matchedAlias}”` : ''}` });
    const option = element('li', { id: `suggestion-${index}`, role: 'option', 'aria-selected': String(index === this.active) }, hit.name, tag);
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.pick(hit);
    });
    return option;
  }

  private render(): void {
    this.list.replaceChildren(...this.suggestions.map((hit, index) => this.option(hit, index)));
    this.list.hidden = this.suggestions.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  /** A third pick starts afresh: one picked entity shows its neighbourhood, two the paths between them. */
  private pick(entity: Suggestion): void {
    const { state } = this.explorer;
    if (state.picked.length === 2) state.picked = [];
    state.picked.push({ id: entity.id, name: entity.name, type: entity.type });
    this.suggestions = [];
    this.input.value = '';
    this.render();
    void showPicked(this.explorer);
  }
}

export function wireSearch(explorer: Explorer): void {
  new Search(explorer).wire();
}
