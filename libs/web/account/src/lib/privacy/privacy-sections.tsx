import { EraseAccountSection } from './erase-account-section';
import { MyDataSection } from './my-data-section';

/** The person's AVG rights on their account page: their data to download, and erasure. */
export function PrivacySections() {
  return (
    <>
      <MyDataSection />
      <EraseAccountSection />
    </>
  );
}
