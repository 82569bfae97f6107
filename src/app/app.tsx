// The composition root: routes inside the layout.
import { Route, Switch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';
import { ROUTES } from './routes';
import { Screen } from '../ui/screen';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
    </Screen>
  );
}

export function App() {
  return (
    <Layout>
      <Switch>
        {ROUTES.map(({ path, screen: ScreenComponent }) => (
          <Route key={path} path={path}>
            <ScreenComponent />
          </Route>
        ))}
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Layout>
  );
}
