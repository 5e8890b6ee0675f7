// What parley.js lends parley-form.js: its one Preact (hooks work only with the copy that renders them) and modules both
// use. parley-form.js reads any import of a module imported here from `lent` (vite-borrow.ts): names go in unrenamed.
import { jsx, jsxs } from 'preact/jsx-runtime'
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { asApiError } from './api'
import { Field } from './components/Field'
import { Status } from './components/Status'
import { Ctx } from './context'
import { later } from './dom'
import { errorText } from './i18n'
import { formsLoaded } from './lazy'
import { loadMe, saveMe } from './store'

// A plain object rather than the module's namespace: that would cost parley.js a helper and a getter per name.
export const lent = {
  jsx,
  jsxs,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  asApiError,
  Field,
  Status,
  Ctx,
  later,
  errorText,
  formsLoaded,
  loadMe,
  saveMe,
}
