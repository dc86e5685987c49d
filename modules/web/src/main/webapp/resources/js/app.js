/*
 * The shell's own script, loaded from a file (no inline script or handler, for the
 * Content-Security-Policy): the one menu button that folds the menu on a phone.
 */
(function () {
  'use strict';

  function setOpen(toggle, nav, open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('app-nav-open', open);
  }

  /*
   * A toggleable PrimeFaces panel's header is itself the button (role="button", in the tab order);
   * the icon link inside it is a second, nameless stop nested in the first. Take it out of the tab
   * order and of the accessibility tree: the header keeps working by mouse, touch and keyboard.
   */
  function quietNestedTogglers(root) {
    var icons = (root || document).querySelectorAll('[role="button"] a.ui-panel-titlebar-icon, [role="button"] a.ui-fieldset-toggler');
    for (var i = 0; i < icons.length; i++) {
      icons[i].setAttribute('tabindex', '-1');
      icons[i].setAttribute('aria-hidden', 'true');
    }
  }

  function init() {
    quietNestedTogglers(document);
    // the same after every PrimeFaces partial update
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        quietNestedTogglers(document);
      });
    }
    var toggle = document.getElementById('appMenuToggle');
    var nav = document.getElementById('appNav');
    if (!toggle || !nav) {
      return;
    }
    toggle.addEventListener('click', function () {
      setOpen(toggle, nav, toggle.getAttribute('aria-expanded') !== 'true');
    });
    // Escape closes the open menu and gives the focus back to its button
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
          && window.getComputedStyle(toggle).display !== 'none') {
        setOpen(toggle, nav, false);
        toggle.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
