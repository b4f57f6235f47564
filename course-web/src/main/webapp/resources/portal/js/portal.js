/* Portal-wide behaviour: the sidebar becomes a drawer on narrow screens. Works without it too. */
(function () {
    'use strict';
    var toggle = document.querySelector('.sidebar-toggle');
    var sidebar = document.getElementById('sidebar');
    if (!toggle || !sidebar) {
        return;
    }
    function setOpen(open) {
        document.body.classList.toggle('sidebar-open', open);
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
        setOpen(!document.body.classList.contains('sidebar-open'));
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && document.body.classList.contains('sidebar-open')) {
            setOpen(false);
            toggle.focus();
        }
    });
})();

/* Content security policy (SECURITY.md): the policy allows no eval(), but Faces' own ajax (faces.js,
   f:ajax) runs the <eval> of a partial response with window.eval, where PrimeFaces' CSP support puts
   the event handlers of the re-rendered elements and the nonce of their forms. faces.js uses
   window.execScript instead when a browser has one: this one runs the code as a script element
   carrying the page's nonce, which the policy allows. */
(function () {
    'use strict';
    if (window.execScript) {
        return;
    }
    window.execScript = function (source) {
        var script = document.createElement('script');
        script.nonce = window.PrimeFaces && PrimeFaces.csp ? PrimeFaces.csp.NONCE_VALUE : '';
        script.textContent = source;
        document.head.appendChild(script);
        document.head.removeChild(script);
    };
})();
