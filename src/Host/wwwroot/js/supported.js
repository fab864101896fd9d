// GOV.UK Frontend styles its interactive components only when this class says the browser runs its modules.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
