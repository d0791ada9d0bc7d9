// The console's JavaScript budgets, on the production build the tests' global setup made (the same
// figures as `npm run bench:web`): a change that puts a heavy module back on the login page fails here.
import { measureBundle } from '../bench/web/bundle-figures';

describe('console bundle budgets', () => {
  const figures = measureBundle();

  it.each(figures.pages.map((figure) => [figure.page, figure] as const))(
    '%s stays within its budget of gzipped JavaScript',
    (_page, figure) => {
      expect(Math.round(figure.kb * 10) / 10).toBeLessThanOrEqual(figure.budgetKb);
    },
  );
});
