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

    /*
     * "Mark as done": one small JSON request (/progress/mark) that names the state it sets, then the
     * button, the course tree and the header are updated in place. Without this script, or when the
     * request fails, the button's Faces form does the same with a re-render (LessonView#toggleDone).
     */
    var doneButton = document.getElementById('done-form:toggle-done');
    var bypass = false;
    function setText(element, text) {
        if (element) {
            element.textContent = text;
        }
    }
    function showMark(result) {
        var done = result.done;
        doneButton.value = done ? doneButton.getAttribute('data-label-open') : doneButton.getAttribute('data-label-done');
        doneButton.classList.toggle('button-done', done);
        doneButton.classList.toggle('button-primary', !done);
        doneButton.setAttribute('aria-pressed', String(done));
        var intended = doneButton.form && doneButton.form.querySelector('input[name="done-form:intended"]');
        if (intended) {
            intended.value = done ? 'open' : 'done';
        }
        setText(document.getElementById('done-form:done-state'), done ? doneButton.getAttribute('data-state-done') : '');
        var bar = document.getElementById('overall-progress');
        if (bar) {
            bar.value = result.overallPercent;
            bar.setAttribute('value', String(result.overallPercent));
            bar.textContent = result.overallPercent + ' %';
        }
        document.querySelectorAll('.header-progress-value').forEach(function (el) {
            el.textContent = result.overallPercent + ' %';
        });
        document.querySelectorAll('a.tree-lesson').forEach(function (link) {
            var target = /[?&]id=([a-z0-9-]+)$/.exec(link.getAttribute('href') || '');
            if (!target || target[1] !== result.lesson) {
                return;
            }
            link.classList.toggle('is-done', done);
            var hidden = link.querySelector('.visually-hidden');
            if (done && !hidden) {
                hidden = document.createElement('span');
                hidden.className = 'visually-hidden';
                hidden.textContent = ' (' + doneButton.getAttribute('data-nav-done') + ')';
                link.appendChild(hidden);
            } else if (!done && hidden) {
                link.removeChild(hidden);
            }
            var content = link.closest('.ui-treenode-content');
            var icon = content && content.querySelector('.ui-treenode-icon');
            if (icon) {
                icon.classList.toggle('pi-check-circle', done);
                icon.classList.toggle('pi-circle', !done);
            }
            var lessonNode = link.closest('li.ui-treenode');
            var moduleNode = lessonNode && lessonNode.parentNode && lessonNode.parentNode.closest('li.ui-treenode');
            var percent = moduleNode && moduleNode.querySelector('.tree-percent');
            setText(percent, result.modulePercent + ' %');
        });
    }
    if (doneButton && doneButton.getAttribute('data-lesson') && window.fetch) {
        document.addEventListener('click', function (event) {
            /* after a Faces re-render of the form (the fallback) the button is a new element */
            doneButton = document.getElementById('done-form:toggle-done') || doneButton;
            if (event.target !== doneButton || bypass) {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
            if (doneButton.disabled) {
                return;
            }
            var intended = doneButton.form.querySelector('input[name="done-form:intended"]');
            var body = new URLSearchParams();
            body.set('lesson', doneButton.getAttribute('data-lesson'));
            body.set('state', intended ? intended.value : (doneButton.getAttribute('aria-pressed') === 'true' ? 'open' : 'done'));
            doneButton.disabled = true;
            var fallBack = function () {
                /* the Faces form shows what went wrong (expired session, database outage ...) */
                doneButton.disabled = false;
                bypass = true;
                try { doneButton.click(); } finally { bypass = false; }
            };
            fetch((window.portalContextPath || '') + '/progress/mark', {
                method: 'POST',
                headers: { 'X-Portal-Request': '1', 'Accept': 'application/json' },
                body: body,
                credentials: 'same-origin'
            }).then(function (response) {
                if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
                    throw new Error('mark: ' + response.status);
                }
                return response.json();
            }).then(function (result) {
                doneButton.disabled = false;
                showMark(result);
            }).catch(fallBack);
        }, true);
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
