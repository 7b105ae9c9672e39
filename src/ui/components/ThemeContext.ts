import { createContext } from 'react';
import { makeTheme, type Theme } from '../theme.js';

/** The colour decision, made once at the top (App) and read by every component via useTheme. */
export const ThemeContext = createContext<Theme>(makeTheme(true));
