/*
 * Value Matrix dashboard item for Jira: loads one team's (or the organisation's) compact matrix
 * and stage, rendered and HTML-escaped by the server for the viewer. Its settings are a team key
 * (empty for the organisation) and a period; a wrong one shows the server's error box.
 */
define('value-matrix/matrix-dashboard-item', ['jquery'], function ($) {
  'use strict';

  var PERIODS = ['week', 'month', 'quarter'];

  // Literal keys: the host's jsI18n transformation replaces only text lookups whose key it can read.
  function periodLabel(period) {
    switch (period) {
      case 'week': return AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.period.week');
      case 'quarter': return AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.period.quarter');
      default: return AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.period.month');
    }
  }

  function MatrixDashboardItem(API) {
    this.API = API;
  }

  function settings(preferences) {
    var p = preferences || {};
    return {
      team: typeof p.team === 'string' ? p.team : '',
      period: PERIODS.indexOf(p.period) >= 0 ? p.period : 'month'
    };
  }

  MatrixDashboardItem.prototype.render = function (element, preferences) {
    var api = this.API;
    var $el = $(element);
    var failed = AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.failed');
    if (api && api.showLoadingBar) { api.showLoadingBar(); }
    $.ajax({
      url: AJS.contextPath() + '/plugins/servlet/value-matrix/matrix-fragment',
      data: settings(preferences),
      dataType: 'html',
      cache: false
    }).done(function (html) {
      $el.html(html);
    }).fail(function () {
      $el.empty().append($('<p class="vm-matrix-status" role="status"></p>').text(failed));
    }).always(function () {
      if (api && api.hideLoadingBar) { api.hideLoadingBar(); }
      if (api && api.resize) { api.resize(); }
    });
  };

  MatrixDashboardItem.prototype.renderEdit = function (element, preferences) {
    var api = this.API;
    var current = settings(preferences);
    var $form = $('<form class="aui"></form>');
    var $team = $('<input class="text" type="text" id="vm-dashboard-team" name="team">').val(current.team);
    var $period = $('<select class="select" id="vm-dashboard-period" name="period"></select>');
    PERIODS.forEach(function (p) {
      $period.append($('<option></option>').attr('value', p).prop('selected', p === current.period)
        .text(periodLabel(p)));
    });
    $form.append($('<div class="field-group"></div>')
      .append($('<label for="vm-dashboard-team"></label>').text(AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.team')))
      .append($team)
      .append($('<div class="description"></div>').text(AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.team.desc'))));
    $form.append($('<div class="field-group"></div>')
      .append($('<label for="vm-dashboard-period"></label>').text(AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.period')))
      .append($period));
    $form.append($('<div class="buttons-container"><div class="buttons"></div></div>').find('.buttons')
      .append($('<button type="submit" class="aui-button aui-button-primary"></button>')
        .text(AJS.I18n.getText('vm.atlassian.jira.matrix.dashboard.save'))).end());
    $form.on('submit', function (e) {
      e.preventDefault();
      api.savePreferences({ team: $.trim($team.val()), period: $period.val() });
    });
    $(element).empty().append($form);
    if (api && api.resize) { api.resize(); }
  };

  return MatrixDashboardItem;
});
