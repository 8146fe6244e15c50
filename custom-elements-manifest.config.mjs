// custom-elements.json: the public API of every element, generated from the class JSDoc.
// `npm run analyze` writes it; CI regenerates it and fails when the committed file differs.

/**
 * Elements are registered by `defineElement(tag, Class)` in each `define.ts`, which the analyzer
 * does not recognise as `customElements.define`. This records each such call as the module's
 * `custom-element-definition` export, so tools can map the tag to its module.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'disclosure:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag)) return;
      definitions.push({ moduleDoc, tag: tag.text, className: constructor.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { moduleDoc, tag, className } of definitions) {
        const declaring = customElementsManifest.modules.find((module) =>
          module.declarations?.some((declaration) => declaration.name === className),
        );
        if (!declaring) continue;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: declaring.path },
          },
        ];
      }
    },
  };
}

/**
 * Keeps the manifest to the public API. Private and protected members of the shared base class
 * are plumbing: listing them would offer them as Storybook controls and IDE completions. The
 * analyzer also guesses an event from each `dispatchEvent(new XEvent(arg))`, naming it after the
 * argument (`findings`, `fatal`); the real events are the `@fires` tags, which carry a description.
 */
function publicApiOnly() {
  return {
    name: 'disclosure:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      }
    },
  };
}

/**
 * The analyzer lists modules in the order the file system returns them, which differs between
 * two clones of the same commit; sorting by path keeps the committed manifest reproducible.
 */
function modulesInPathOrder() {
  return {
    name: 'disclosure:modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

/**
 * The manifest describes the package as published: module paths name the shipped `dist/*.js`
 * (tools load the module that a path names, and `src/` is not in the package), and only classes
 * with a tag are custom elements. The abstract base class stays listed, as the class its elements
 * inherit from, but is no element of its own: nothing can be created from it.
 */
function describeThePublishedPackage() {
  // The analyzer writes an inherited member's module as `/src/….js`, every other as `src/….ts`.
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string')
          value[key] = shipped(child);
        else rewrite(child);
      }
    }
  };
  return {
    name: 'disclosure:published-package',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/disclosure-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    defineElementCalls(),
    publicApiOnly(),
    describeThePublishedPackage(),
    // Last: the paths it sorts by are the final ones.
    modulesInPathOrder(),
  ],
};
