import { OverviewView } from '@/views/overview/overview-view.tsx';

const OverviewPage = () => <OverviewView />;

export default OverviewPage;
