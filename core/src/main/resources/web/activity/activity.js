/*
 * Value Matrix activity stream: "load more" through the REST cursor. Items arriving in the
 * browser are built with DOM APIs and textContent only, so nothing a user typed is parsed as
 * HTML here either.
 */
(function () {
  'use strict';

  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (m, i) { return args[+i] === undefined ? m : args[+i]; });
  }

  function relative(iso, t) {
    var s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    if (s < 60) { return t['vm.time.now']; }
    if (s < 3600) { return format(t['vm.time.minutes'], [Math.floor(s / 60)]); }
    if (s < 86400) { return format(t['vm.time.hours'], [Math.floor(s / 3600)]); }
    if (s < 86400 * 45) { return format(t['vm.time.days'], [Math.floor(s / 86400)]); }
    if (s < 86400 * 365) { return format(t['vm.time.months'], [Math.floor(s / (86400 * 30))]); }
    return format(t['vm.time.years'], [Math.floor(s / (86400 * 365))]);
  }

  function safeHref(url, contextPath) {
    if (!url) { return '#'; }
    var lower = url.trim().toLowerCase();
    if (lower.indexOf('https://') === 0 || lower.indexOf('http://') === 0) { return url.trim(); }
    // '//host' and '/\host' both leave the site in browsers.
    if (lower.charAt(0) === '/' && lower.charAt(1) !== '/' && lower.charAt(1) !== '\\') { return contextPath + url.trim(); }
    return '#';
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function initials(name) {
    var parts = String(name || '').trim().split(/\s+/), out = '';
    for (var i = 0; i < parts.length && out.length < 2; i++) {
      if (parts[i]) { out += parts[i].charAt(0).toUpperCase(); }
    }
    return out || '?';
  }

  // The same sentence as StreamView's: the verb's pattern orders who, what and whom; its words are text.
  function fill(pattern, parts) {
    var out = document.createDocumentFragment(), re = /\{(\d)\}/g, last = 0, m;
    while ((m = re.exec(pattern)) !== null) {
      var part = parts[+m[1]];
      if (part === undefined) { continue; }
      if (m.index > last) { out.appendChild(document.createTextNode(pattern.slice(last, m.index))); }
      if (part) { out.appendChild(part); }
      last = re.lastIndex;
    }
    if (last < pattern.length) { out.appendChild(document.createTextNode(pattern.slice(last))); }
    return out;
  }

  function person(className, who, team, t) {
    var name = el('span', className, who.displayName);
    return team ? fill(t['vm.stream.person'] || '{0} ({1})', [name, el('span', 'vm-team', team.name)]) : name;
  }

  function renderItem(item, t, contextPath) {
    var li = el('li', 'vm-item vm-scope-' + (item.scope || ''));
    li.setAttribute('data-id', String(item.id));
    var avatar = el('span', 'vm-avatar', initials(item.actor.displayName));
    avatar.setAttribute('aria-hidden', 'true');
    li.appendChild(avatar);
    var body = el('div', 'vm-item-body');
    var line = el('p', 'vm-item-line');
    var object = el('a', 'vm-object', item.object.title || t['vm.stream.untitled']);
    object.href = safeHref(item.object.url, contextPath);
    var key = 'vm.line.' + item.verb + (item.counterpart ? '' : '.alone');
    line.appendChild(fill(t[key] || '{0} {1}', [person('vm-actor', item.actor, item.actorTeam, t), object,
      item.counterpart ? person('vm-counterpart', item.counterpart, item.counterpartTeam, t) : null]));
    body.appendChild(line);
    var meta = el('p', 'vm-item-meta');
    if (item.scope) { meta.appendChild(el('span', 'aui-lozenge vm-lozenge vm-lozenge-' + item.scope, t['vm.scope.' + item.scope])); }
    if (item.novelty === 'new') { meta.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle vm-lozenge vm-lozenge-new', t['vm.novelty.new'])); }
    var where = el('span', 'vm-where');
    var ca = el('a', null, item.container.name);
    ca.href = safeHref(item.container.url, contextPath);
    where.appendChild(fill(t['vm.stream.in'] || '{0}', [ca]));
    meta.appendChild(where);
    var when = el('time', 'vm-when', relative(item.occurredAt, t));
    when.setAttribute('datetime', item.occurredAt);
    meta.appendChild(when);
    body.appendChild(meta);
    li.appendChild(body);
    return li;
  }

  function wire(section) {
    var button = section.querySelector('.vm-more');
    if (!button || button.getAttribute('data-wired')) { return; }
    button.setAttribute('data-wired', 'true');
    var t = JSON.parse(section.getAttribute('data-texts') || '{}');
    var contextPath = section.getAttribute('data-context') || '';
    var status = section.querySelector('.vm-stream-status');
    var list = section.querySelector('.vm-stream-items');
    button.addEventListener('click', function () {
      var cursor = section.getAttribute('data-cursor');
      if (!cursor) { return; }
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      status.textContent = t['vm.stream.loading'];
      var url = section.getAttribute('data-rest') + '&cursor=' + encodeURIComponent(cursor);
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (page) {
          page.items.forEach(function (item) { list.appendChild(renderItem(item, t, contextPath)); });
          section.setAttribute('data-cursor', page.nextCursor || '');
          status.textContent = page.nextCursor ? '' : t['vm.stream.end'];
          if (!page.nextCursor) { button.parentNode.removeChild(button); }
        })
        .catch(function () { status.textContent = t['vm.stream.failed']; })
        .then(function () { button.disabled = false; button.removeAttribute('aria-busy'); });
    });
  }

  function init() {
    var sections = document.querySelectorAll('.vm-stream[data-rest]');
    for (var i = 0; i < sections.length; i++) { wire(sections[i]); }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
  window.ValueMatrixStream = { init: init };
}());
