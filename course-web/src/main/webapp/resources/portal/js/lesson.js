/*
 * Lesson page: code highlighting and copy buttons, Mermaid diagrams, and the reading position
 * ("continue" brings the learner back to the last heading reached).
 */
(function () {
    'use strict';
    var article = document.querySelector('article.lesson');
    if (!article) {
        return;
    }
    var dark = document.documentElement.getAttribute('data-theme') === 'dark';
    var lang = document.documentElement.getAttribute('lang') || 'ru';
    var labels = lang === 'en' ? { copy: 'Copy', copied: 'Copied' } : { copy: 'Копировать', copied: 'Скопировано' };

    document.querySelectorAll('pre.code-block').forEach(function (pre) {
        var code = pre.querySelector('code');
        if (code && window.hljs) {
            var match = /language-([\w-]+)/.exec(code.className);
            if (match && window.hljs.getLanguage(match[1])) {
                window.hljs.highlightElement(code);
            } else {
                /* a language highlight.js does not know (promql, ...) stays plain text */
                code.classList.add('hljs');
            }
        }
        /* a long line scrolls sideways: keyboard users must be able to reach and scroll it */
        pre.setAttribute('tabindex', '0');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'copy-button';
        button.textContent = labels.copy;
        button.addEventListener('click', function () {
            var text = code ? code.textContent : pre.textContent;
            var done = function () {
                button.textContent = labels.copied;
                setTimeout(function () { button.textContent = labels.copy; }, 1500);
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, function () {});
            } else {
                var area = document.createElement('textarea');
                area.value = text;
                area.setAttribute('readonly', '');
                area.style.position = 'absolute';
                area.style.left = '-9999px';
                document.body.appendChild(area);
                area.select();
                try { document.execCommand('copy'); done(); } catch (e) { /* nothing to copy to */ }
                document.body.removeChild(area);
            }
        });
        var wrapper = document.createElement('div');
        wrapper.className = 'code-wrapper';
        pre.parentNode.insertBefore(wrapper, pre);
        wrapper.appendChild(button);
        wrapper.appendChild(pre);
    });

    if (window.mermaid && document.querySelector('pre.mermaid')) {
        window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
        window.mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: true }).catch(function () {});
    }

    var lessonId = article.getAttribute('data-lesson');
    var headings = article.querySelectorAll('.lesson-body h2[id], .lesson-body h3[id]');
    var lastSent = null;
    var pending = null;
    function send(anchor) {
        if (anchor === lastSent) {
            return;
        }
        lastSent = anchor;
        var body = new URLSearchParams();
        body.set('lesson', lessonId);
        body.set('anchor', anchor);
        fetch((window.portalContextPath || '') + '/progress/position', {
            method: 'POST',
            headers: { 'X-Portal-Request': '1' },
            body: body,
            credentials: 'same-origin'
        }).catch(function () {});
    }
    if ('IntersectionObserver' in window && headings.length > 0) {
        var observer = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                if (entry.isIntersecting) {
                    clearTimeout(pending);
                    var anchor = entry.target.id;
                    pending = setTimeout(function () { send(anchor); }, 1500);
                }
            });
        }, { rootMargin: '0px 0px -70% 0px' });
        headings.forEach(function (h) { observer.observe(h); });
    }
})();
