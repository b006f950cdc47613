import { NavLink, Outlet } from 'react-router';
import { Icon, type IconName } from '../components/icons';

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly short: string;
  readonly icon: IconName;
}

/** Only pages with something real on them are listed. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Today', short: 'Today', icon: 'today' },
  { to: '/practice', label: 'Practice', short: 'Practice', icon: 'practice' },
  { to: '/questions', label: 'Question bank', short: 'Bank', icon: 'bank' },
  { to: '/stories', label: 'Stories', short: 'Stories', icon: 'stories' },
  { to: '/history', label: 'History', short: 'History', icon: 'history' },
  { to: '/progress', label: 'Progress', short: 'Progress', icon: 'progress' },
  { to: '/settings', label: 'Settings', short: 'Settings', icon: 'settings' },
];

export const Shell = () => (
  <div className="shell">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <nav className="nav" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          O
        </span>
        <span className="brand-name">Onsite</span>
      </div>
      <ul className="nav-list">
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/'}
              className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}
            >
              <Icon name={item.icon} />
              <span className="nav-label">{item.label}</span>
              <span className="nav-short" aria-hidden="true">
                {item.short}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="nav-foot">Runs on this computer. Nothing leaves it.</p>
    </nav>
    <main id="main" className="main" tabIndex={-1}>
      <Outlet />
    </main>
  </div>
);
