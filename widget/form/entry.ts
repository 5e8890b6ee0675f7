// Entry of parley-form.js: hands the forms over to parley.js, which added this script to the page, as it runs.
import { formsLoaded } from '../lazy'
import { forms } from '.'

formsLoaded(forms)
