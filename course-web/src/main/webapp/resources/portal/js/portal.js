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
