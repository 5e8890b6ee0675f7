// Entry of the admin page (widget/dist/admin/): renders the console into #admin.
import { h, render } from 'preact'
import { AdminApp } from './components/AdminApp'
import './admin.css'
import './lists.css'
import './forms.css'

render(<AdminApp />, document.getElementById('admin')!)
