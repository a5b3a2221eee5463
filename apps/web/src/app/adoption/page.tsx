import { AdoptionView } from '@/views/adoption/adoption-view.tsx';

const AdoptionPage = () => <AdoptionView />;

export default AdoptionPage;
