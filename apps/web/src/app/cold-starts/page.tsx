import { ColdStartsView } from '@/views/cold-starts/cold-starts-view.tsx';

const ColdStartsPage = () => <ColdStartsView />;

export default ColdStartsPage;
