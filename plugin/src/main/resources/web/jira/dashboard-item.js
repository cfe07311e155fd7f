/*
 * Value Matrix dashboard item for Jira: loads the stream block rendered (and HTML-escaped) by the
 * server for the viewer, then lets activity.js wire "load more" on it. Its settings (a team, a
 * scope and how many entries) are the item's preferences, which Jira keeps per dashboard item:
 * renderEdit shows the form, API.savePreferences stores what it says, and Jira then calls render
 * with them.
 */
define('value-matrix/activity-dashboard-item', ['jquery'], function ($) {
  'use strict';

  var SCOPES = ['all', 'within', 'across', 'external'];
  var DEFAULT_MAX = 10;
  var MAX_MAX = 100;

  // Literal keys: the host's jsI18n transformation replaces only text lookups whose key it can read.
  function scopeLabel(scope) {
    switch (scope) {
      case 'within': return AJS.I18n.getText('vm.scope.within');
      case 'across': return AJS.I18n.getText('vm.scope.across');
      case 'external': return AJS.I18n.getText('vm.scope.external');
      default: return AJS.I18n.getText('vm.atlassian.jira.dashboard.scope.all');
    }
  }

  /** The preferences as the item uses them: anything missing or malformed reads as the default. */
  function settings(preferences) {
    var p = preferences || {};
    var max = parseInt(p.max, 10);
    return {
      team: typeof p.team === 'string' ? p.team : '',
      scope: SCOPES.indexOf(p.scope) >= 0 ? p.scope : 'all',
      max: String(p.max).match(/^\d+$/) && max >= 1 && max <= MAX_MAX ? max : DEFAULT_MAX
    };
  }

  /** The fragment's parameters: the stream's own filters, an empty team or "all" scopes leaving them out. */
  function query(s) {
    var data = { mode: 'compact', limit: s.max };
    if (s.team) { data.team = s.team; }
    if (s.scope !== 'all') { data.scope = s.scope; }
    return data;
  }

  function DashboardItem(API) {
    this.API = API;
  }

  DashboardItem.prototype.render = function (element, preferences) {
    var api = this.API;
    var $el = $(element);
    var failed = AJS.I18n.getText('vm.atlassian.jira.dashboard.failed');
    if (api && api.showLoadingBar) { api.showLoadingBar(); }
    $.ajax({
      url: AJS.contextPath() + '/plugins/servlet/value-matrix/stream-fragment',
      data: query(settings(preferences)),
      traditional: true,
      dataType: 'html',
      cache: false
    }).done(function (html) {
      $el.html(html);
      if (window.ValueMatrixStream) { window.ValueMatrixStream.init(); }
    }).fail(function (xhr) {
      // A setting the server refuses (a team since deleted) comes back as its error box: show it.
      if (xhr.status === 400 && xhr.responseText) {
        $el.html(xhr.responseText);
      } else {
        $el.empty().append($('<p class="vm-stream-status" role="status"></p>').text(failed));
      }
    }).always(function () {
      if (api && api.hideLoadingBar) { api.hideLoadingBar(); }
      if (api && api.resize) { api.resize(); }
    });
  };

  function field(id, label, $control, description) {
    var $group = $('<div class="field-group"></div>')
      .append($('<label></label>').attr('for', id).text(label)).append($control.attr('id', id));
    if (description) { $group.append($('<div class="description"></div>').text(description)); }
    return $group;
  }

  DashboardItem.prototype.renderEdit = function (element, preferences) {
    var api = this.API;
    var current = settings(preferences);
    // novalidate: the item says what is wrong in its own words, in the page's language.
    var $form = $('<form class="aui vm-dashboard-settings" novalidate></form>');
    var $team = $('<select class="select" name="team"></select>')
      .append($('<option value=""></option>').text(AJS.I18n.getText('vm.atlassian.jira.dashboard.team.all')));
    var $scope = $('<select class="select" name="scope"></select>');
    SCOPES.forEach(function (s) {
      $scope.append($('<option></option>').attr('value', s).prop('selected', s === current.scope).text(scopeLabel(s)));
    });
    var $max = $('<input class="text short-field" type="number" name="max" min="1" required>')
      .attr('max', MAX_MAX).val(current.max);
    var $error = $('<div class="error" role="alert"></div>');
    $form.append(field('vm-dashboard-team', AJS.I18n.getText('vm.atlassian.jira.dashboard.team'), $team));
    $form.append(field('vm-dashboard-scope', AJS.I18n.getText('vm.atlassian.jira.dashboard.scope'), $scope));
    $form.append(field('vm-dashboard-max', AJS.I18n.getText('vm.atlassian.jira.dashboard.max'), $max,
      AJS.I18n.getText('vm.atlassian.jira.dashboard.max.desc')).append($error));
    $form.append($('<div class="buttons-container"><div class="buttons"></div></div>').find('.buttons')
      .append($('<button type="submit" class="aui-button aui-button-primary"></button>')
        .text(AJS.I18n.getText('vm.atlassian.jira.dashboard.save'))).end());
    // The teams the viewer may see, named as the server names them to them; a saved team that is
    // no longer among them stays selected by its key, so saving again does not silently drop it.
    $.ajax({ url: AJS.contextPath() + '/rest/value-matrix/1.0/teams', dataType: 'json', cache: false })
      .done(function (body) {
        (body.teams || []).forEach(function (t) { $team.append($('<option></option>').attr('value', t.key).text(t.name)); });
      })
      .always(function () {
        if (current.team && !$team.find('option').filter(function () { return this.value === current.team; }).length) {
          $team.append($('<option></option>').attr('value', current.team).text(current.team));
        }
        $team.val(current.team);
        if (api && api.resize) { api.resize(); }
      });
    $form.on('submit', function (e) {
      e.preventDefault();
      var max = $.trim($max.val());
      if (!/^\d+$/.test(max) || +max < 1 || +max > MAX_MAX) {
        $error.text(AJS.I18n.getText('vm.atlassian.jira.dashboard.max.invalid'));
        $max.attr('aria-invalid', 'true').focus();
        return;
      }
      api.savePreferences({ team: $team.val() || '', scope: $scope.val(), max: String(+max) });
    });
    $(element).empty().append($form);
    if (api && api.resize) { api.resize(); }
  };

  return DashboardItem;
});
