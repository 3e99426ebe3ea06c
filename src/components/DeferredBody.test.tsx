import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { bodyShown } from '../testing/deferredBody';
import { DeferredBody } from './DeferredBody';

describe('DeferredBody', () => {
  it("asks for the body's code only after the page's own effects (its watches) ran", async () => {
    const order: string[] = [];
    const Body = React.lazy(() => {
      order.push('body code requested');
      return Promise.resolve({ default: () => <p>the body</p> });
    });
    const Page = () => {
      React.useEffect(() => {
        order.push('watch started');
      }, []);
      return (
        <DeferredBody>
          <Body />
        </DeferredBody>
      );
    };
    render(<Page />);
    expect(screen.getByRole('progressbar', { name: 'Loading' })).toBeInTheDocument();
    await bodyShown();
    expect(screen.getByText('the body')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(order).toEqual(['watch started', 'body code requested']);
  });
});
