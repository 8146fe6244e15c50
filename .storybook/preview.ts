import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { getLocale, setLocale, type Locale } from '../src/localization.js';

// Controls and the docs' API tables come from the generated manifest, not from hand-kept argTypes.
setCustomElementsManifest(manifest);

/**
 * Follows the locale toolbar. `setLocale` re-renders every element already on the page (they
 * are `@localized()`), so switching needs no reload. `<html lang>` follows too, so that screen
 * readers pronounce the table in its language and axe checks the page as readers get it.
 */
const withLocale: Decorator = (story, context) => {
  const locale: Locale = context.globals.locale === 'en' ? 'en' : 'zh-CN';
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
