/* "Check my lab": while a step's checks run (up to some seconds), its button is disabled and says so. */
window.portalLab = window.portalLab || {
    checkEvent: function (data) {
        var button = data.source;
        if (data.status === 'begin') {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
        } else if (data.status === 'success' || data.status === 'complete') {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            button.classList.remove('is-busy');
        }
    }
};
