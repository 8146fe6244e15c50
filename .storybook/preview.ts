import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { getLocale, setLocale, type Locale } from '../src/localization.js';

// Controls and the docs' API tables come from the generated manifest, not from hand-kept argTypes.
setCustomElementsManifest(manifest);

const asLocale = (value: unknown): Locale => (value === 'en' ? 'en' : 'zh-CN');

/**
 * Follows the locale toolbar. `setLocale` re-renders every element already on the page (they
 * are `@localized()`), so switching needs no reload. `<html lang>` follows too, so that screen
 * readers pronounce the table in its language and axe checks the page as readers get it.
 *
 * The locale is the page's, not an element's: on a Docs page, where the stories share one
 * document, a story with a locale of its own (`globals: { locale }`, see `ownLocale` in
 * stories/element-story.ts) is shown in its own frame. Inline there, it takes the page's locale
 * rather than switch every other story on the page to its own.
 */
const withLocale: Decorator = (story, context) => {
  const locale = asLocale(
    context.viewMode === 'docs'
      ? (context.userGlobals?.locale ?? context.globals.locale)
      : context.globals.locale,
  );
  document.documentElement.lang = locale;
  if (getLocale() !== locale) void setLocale(locale);
  return story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', right: 'zh-CN', title: '中文（标准文本）' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  decorators: [withLocale],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
  },
};

export default preview;
