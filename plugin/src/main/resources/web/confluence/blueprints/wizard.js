/*
 * The Create Space dialog's wizard for the customer-facing space blueprints: Confluence's common
 * space fields (name and key) and Value Matrix's own, checked before the dialog submits. The
 * fields travel in the wizard's context to the space blueprint listener, which checks them again.
 */
AJS.bind('blueprint.wizard-register.ready', function () {
    'use strict';
    var PLUGIN = 'org.valuematrix.value-matrix';
    var TEMPLATES = ['customer-collaboration', 'product-feedback', 'support-knowledge', 'partner'];
    var FIELDS = ['vmTeam', 'vmInternalGroup', 'vmModerators', 'vmExternalGroups', 'vmExpiresOn'];
    var DATE = /^\d{4}-\d{2}-\d{2}$/;

    function preRender(e, state) {
        state.soyRenderContext.atlToken = AJS.Meta.get('atl-token');
        state.soyRenderContext.showSpacePermission = false;
    }

    function problem(field, value) {
        if (!value) {
            return AJS.I18n.getText('vm.spaces.wizard.required');
        }
        if (field === 'vmExpiresOn' && !DATE.test(value)) {
            return AJS.I18n.getText('vm.spaces.wizard.date');
        }
        return '';
    }

    function submit(e, state) {
        var valid = true;
        FIELDS.forEach(function (field) {
            var value = AJS.$.trim(state.pageData[field] || '');
            var text = problem(field, value);
            state.$container.find('#' + field + '-error').text(text);
            state.$container.find('#' + field).attr('aria-invalid', text ? 'true' : 'false');
            valid = valid && !text;
        });
        if (!valid) {
            return false;
        }
        return Confluence.SpaceBlueprint.CommonWizardBindings.submit(e, state);
    }

    TEMPLATES.forEach(function (template) {
        Confluence.Blueprint.setWizard(PLUGIN + ':space-item-' + template, function (wizard) {
            wizard.on('pre-render.vmSpaceForm', preRender);
            wizard.on('submit.vmSpaceForm', submit);
            wizard.on('post-render.vmSpaceForm', Confluence.SpaceBlueprint.CommonWizardBindings.postRender);
        });
    });
});
