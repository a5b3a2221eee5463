import { ParadigmNotFound } from '@/views/paradigm/paradigm-not-found.tsx';

const ParadigmNotFoundPage = () => <ParadigmNotFound />;

export default ParadigmNotFoundPage;
