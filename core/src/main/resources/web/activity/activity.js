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

  // The one link rule, the server's too (core's Links): a path on this site or an http(s) address,
  // read as browsers read an href (spaces and C0 controls around it and every tab and line break
  // dropped, a backslash read as a slash); anything else is no link, and the text shows alone.
  var ABSOLUTE = /^(https?):[\/\\]{2}([^\/\\?#]*)([\s\S]*)$/i;
  var AUTHORITY = /^([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\.?(?::([0-9]{0,5}))?$/;
  var IPV4 = /^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$/;

  function pathSlashes(s) {
    var end = s.search(/[?#]/);
    if (end < 0) { end = s.length; }
    return s.slice(0, end).replace(/\\/g, '/') + s.slice(end);
  }

  // A host whose last label is a number is an IPv4 address to a browser, refused unless it is one.
  function validAuthority(authority) {
    var m = AUTHORITY.exec(authority);
    if (!m || (m[2] && +m[2] > 65535)) { return false; }
    var host = m[1], ip = IPV4.exec(host);
    if (/[A-Za-z]/.test(host.charAt(host.lastIndexOf('.') + 1))) { return true; }
    return !!ip && +ip[1] <= 255 && +ip[2] <= 255 && +ip[3] <= 255 && +ip[4] <= 255;
  }

  function linkTarget(url) {
    if (url === null || url === undefined) { return null; }
    var s = String(url).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    if (s.charAt(0) === '/') {
      // A second slash or backslash makes it protocol-relative: another site.
      return s.length > 1 && (s.charAt(1) === '/' || s.charAt(1) === '\\') ? null : pathSlashes(s);
    }
    var m = ABSOLUTE.exec(s);
    return m && validAuthority(m[2]) ? m[1].toLowerCase() + '://' + m[2] + pathSlashes(m[3]) : null;
  }

  /** @return the address to link to (site paths after the context path), or null for no link */
  function linkHref(url, contextPath) {
    var target = linkTarget(url);
    return target === null ? null : (target.charAt(0) === '/' ? contextPath + target : target);
  }

  // An <a> to href, or, where href is null, a fallbackTag element with the text alone.
  function link(fallbackTag, className, text, href) {
    var e = el(href === null ? fallbackTag : 'a', className, text);
    if (href !== null) { e.setAttribute('href', href); }
    return e;
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
    var object = link('span', 'vm-object', item.object.title || t['vm.stream.untitled'],
      linkHref(item.object.url, contextPath));
    // An issue's key before its title (a comment's too), as StreamView (ContentTypes) writes it.
    var type = item.object.type;
    var issueKey = type === 'issue' || type === 'comment' ? [type === 'issue' ? item.object.id : '',
      String(item.object.url || '').replace(/[?#].*$/, '').replace(/^.*\//, '')]
      .filter(function (k) { return /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(k); })[0] : null;
    if (issueKey) {
      var title = object.textContent;
      if (title.indexOf(issueKey + ' ') === 0) { title = title.slice(issueKey.length + 1); }
      object.textContent = '';
      object.appendChild(fill(t['vm.stream.issue'] || '{0} {1}', [el('span', 'vm-issue-key', issueKey),
        document.createTextNode(title)]));
    }
    var key = 'vm.line.' + item.verb + (item.counterpart ? '' : '.alone');
    line.appendChild(fill(t[key] || '{0} {1}', [person('vm-actor', item.actor, item.actorTeam, t), object,
      item.counterpart ? person('vm-counterpart', item.counterpart, item.counterpartTeam, t) : null]));
    body.appendChild(line);
    var meta = el('p', 'vm-item-meta');
    if (item.scope) { meta.appendChild(el('span', 'aui-lozenge vm-lozenge vm-lozenge-' + item.scope, t['vm.scope.' + item.scope])); }
    if (item.novelty === 'new') { meta.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle vm-lozenge vm-lozenge-new', t['vm.novelty.new'])); }
    var where = el('span', 'vm-where');
    var containerHref = linkHref(item.container.url, contextPath);
    var ca = containerHref === null ? document.createTextNode(item.container.name)
      : link('span', null, item.container.name, containerHref);
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
  // link: the link rule, for scripts of the page that build links too.
  window.ValueMatrixStream = { init: init, link: linkHref };
}());
