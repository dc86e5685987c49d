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
   * A toggleable PrimeFaces panel marks its header role="button" (though the header takes no focus)
   * and puts a nameless icon link inside it: a control nested in a control, and one without a name.
   * The icon link is the control a keyboard reaches, so the button semantics move to it: it gets the
   * role, the panel's title as its name and the expanded state, which PrimeFaces keeps setting on
   * the header and is mirrored from there.
   */
  function fixPanelTogglers(root) {
    var headers = (root || document).querySelectorAll('.ui-panel-titlebar[role="button"]');
    for (var i = 0; i < headers.length; i++) {
      var header = headers[i];
      var toggler = header.querySelector('a.ui-panel-titlebar-icon');
      if (!toggler) {
        continue;
      }
      var title = header.querySelector('.ui-panel-title');
      header.removeAttribute('role');
      toggler.setAttribute('role', 'button');
      toggler.setAttribute('href', '#');
      toggler.removeAttribute('aria-hidden');
      if (title) {
        toggler.setAttribute('aria-label', title.textContent.trim());
      }
      if (header.hasAttribute('aria-controls')) {
        toggler.setAttribute('aria-controls', header.getAttribute('aria-controls'));
        header.removeAttribute('aria-controls');
      }
      mirrorExpanded(header, toggler);
      new MutationObserver(mirrorExpanded.bind(null, header, toggler))
          .observe(header, {attributes: true, attributeFilter: ['aria-expanded']});
    }
  }

  function mirrorExpanded(header, toggler) {
    var expanded = header.getAttribute('aria-expanded');
    if (expanded !== null) {
      toggler.setAttribute('aria-expanded', expanded);
      header.removeAttribute('aria-expanded');
    }
  }

  /*
   * A PrimeFaces file upload hides its file input from assistive technology ("aria-hidden") yet
   * leaves it in the tab order. In the simple skinned mode the input is the only control a keyboard
   * reaches: unhide it and name it by the button's label. In the advanced mode the "choose" button
   * is the control: take the hidden input out of the tab order.
   */
  function fixHiddenFileInputs(root) {
    var inputs = (root || document).querySelectorAll('input[type="file"][aria-hidden="true"]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      var simple = input.closest('.ui-fileupload-simple');
      if (simple) {
        input.removeAttribute('aria-hidden');
        var label = simple.querySelector('.ui-button-text');
        if (label && label.id) {
          input.setAttribute('aria-labelledby', label.id);
        }
      } else {
        input.setAttribute('tabindex', '-1');
      }
    }
  }

  /*
   * The control the keyboard was on before a dialog took the focus, by element and by id (an AJAX
   * update may replace the element with a new one of the same id).
   */
  var opener = null;
  var openerId = null;
  function trackOpener(event) {
    var t = event.target;
    if (t && t.closest && !t.closest('.ui-dialog') && t !== document.body) {
      opener = t;
      openerId = t.id || null;
    }
  }

  /*
   * Where the focus goes when a dialog has closed or an update has replaced the focused control:
   * after an update, to the first field it marked invalid (aria-invalid, its message next to it);
   * else back to the control that opened the dialog (or its replacement of the same id); failing
   * that, to the page's content, so the keyboard never starts again from the top of the page.
   */
  function restoreFocus(afterUpdate) {
    var active = document.activeElement;
    if (active && active !== document.body && active.isConnected && !active.closest('.ui-dialog[aria-hidden="true"]')) {
      return;
    }
    var invalid = afterUpdate ? document.querySelector('#content [aria-invalid="true"]') : null;
    var back = opener && opener.isConnected ? opener : (openerId ? document.getElementById(openerId) : null);
    var target = invalid || back || document.getElementById('content');
    if (target) {
      target.focus();
    }
  }

  /*
   * When a confirmation dialog opens, the keyboard's focus must be in it: PrimeFaces puts it on the
   * first button (confirm); should nothing in the dialog have it, it goes to cancel, the harmless
   * answer. Escape closes the dialog (closeOnEscape); then the focus goes back to the control that
   * opened it (restoreFocus), not to the top of the page.
   */
  function focusConfirmations() {
    var dialogs = document.querySelectorAll('.ui-confirm-dialog');
    for (var i = 0; i < dialogs.length; i++) {
      var dialog = dialogs[i];
      new MutationObserver(function (changes) {
        var d = changes[0].target;
        if (d.getAttribute('aria-hidden') === 'false') {
          var no = d.querySelector('.ui-confirmdialog-no');
          if (no && d.contains(document.activeElement) === false) {
            window.setTimeout(function () { no.focus(); }, 0);
          }
        } else if (d.getAttribute('aria-hidden') === 'true') {
          window.setTimeout(function () { restoreFocus(false); }, 0);
        }
      }).observe(dialog, {attributes: true, attributeFilter: ['aria-hidden']});
    }
  }

  function init() {
    focusConfirmations();
    fixPanelTogglers(document);
    fixHiddenFileInputs(document);
    // the same after every PrimeFaces partial update
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        fixPanelTogglers(document);
        fixHiddenFileInputs(document);
        // an update that replaced the focused control (a refused form, a card gone) must not drop
        // the keyboard's focus to the top of the page
        window.setTimeout(function () {
          if (opener && !opener.isConnected) {
            restoreFocus(true);
          }
        }, 0);
      });
    }
    document.addEventListener('focusin', trackOpener);
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
